package io.lede.comment.screening;

/**
 * How much each spam signal adds to the log-odds of spam, on top of what the classifier makes of the text. A weight
 * of 2 multiplies the odds by about 7; a comment the classifier finds clearly ordinary (log-odds -4 or less) stays
 * below the spam threshold with any one signal, while a link and self-promotion together condemn a text the
 * classifier is unsure of. Zero switches a signal off.
 *
 * @param link a link, bare domain, spelled-out domain or URL shortener
 * @param selfPromotion "check out my channel", "subscribe", "follow me" and the like
 * @param moneyOffer earnings, giveaways, crypto
 * @param engagementBait "like this comment so everyone sees it"
 * @param wave the same or nearly the same text posted recently on any article
 */
public record SignalWeights(double link, double selfPromotion, double moneyOffer, double engagementBait, double wave) {

    public static final double LINK = 3.0;
    public static final double SELF_PROMOTION = 3.0;
    public static final double MONEY_OFFER = 3.0;
    public static final double ENGAGEMENT_BAIT = 2.0;
    public static final double WAVE = 1.0;

    public static SignalWeights defaults() {
        return new SignalWeights(LINK, SELF_PROMOTION, MONEY_OFFER, ENGAGEMENT_BAIT, WAVE);
    }

    double of(ReasonCode code) {
        return switch (code) {
            case LINK -> link;
            case SELF_PROMOTION -> selfPromotion;
            case MONEY_OFFER -> moneyOffer;
            case ENGAGEMENT_BAIT -> engagementBait;
            case WAVE -> wave;
            default -> 0;
        };
    }
}
