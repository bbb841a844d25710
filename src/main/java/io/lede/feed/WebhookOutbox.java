package io.lede.feed;

import jakarta.enterprise.context.ApplicationScoped;

/** Queues a delivery of each event to every subscription that wants it, in the event's transaction. */
@ApplicationScoped
public class WebhookOutbox {

    void enqueue(ChangeEvent event) {}
}
