package io.lede.image;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The {@code srcset} of an image: one candidate per configured width narrower than the image, named by the image
 * host's resizing template, then the source itself at its own width. No candidate is wider than the source, so a
 * browser never asks the host to enlarge.
 */
public final class Srcset {

    private final String template;
    private final List<Integer> widths;

    public Srcset(String template, List<Integer> widths) {
        this.template = template;
        this.widths = List.copyOf(new TreeSet<>(widths));
    }

    public String of(String url, int width) {
        List<String> candidates = new ArrayList<>();
        for (int w : widths) {
            if (w > 0 && w < width) {
                candidates.add(resized(url, w) + " " + w + "w");
            }
        }
        candidates.add(url + " " + width + "w");
        return String.join(", ", candidates);
    }

    /** The candidates no wider than {@code maxWidth}: the srcset of the image shown at most that wide. */
    public String upTo(String url, int width, int maxWidth) {
        if (maxWidth >= width) {
            return of(url, width);
        }
        List<String> candidates = new ArrayList<>();
        for (int w : widths) {
            if (w > 0 && w < maxWidth) {
                candidates.add(resized(url, w) + " " + w + "w");
            }
        }
        candidates.add(resized(url, maxWidth) + " " + maxWidth + "w");
        return String.join(", ", candidates);
    }

    /** The source resized to {@code width} pixels wide by the image host. */
    public String resized(String url, int width) {
        String filled = template;
        if (url.contains("?")) {
            filled = filled.replace("{url}?", "{url}&");
        }
        return filled.replace("{encodedUrl}", URLEncoder.encode(url, StandardCharsets.UTF_8))
                .replace("{width}", Integer.toString(width))
                .replace("{url}", url);
    }
}
