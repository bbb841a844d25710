package io.lede.image;

import java.util.List;

/**
 * Counts where an image is shown. Features that show images provide it (articles: featured and body images;
 * people: portraits), so images never reach into them.
 */
public interface ImageUses {

    /** The uses of the image that exist; an empty list when nothing shows it. */
    List<ImageUse> of(long imageId);
}
