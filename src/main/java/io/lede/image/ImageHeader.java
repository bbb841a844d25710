package io.lede.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads an image's format and dimensions from its header, never decoding a pixel: a few bytes of a 30,000 × 30,000
 * PNG say how big it is before anything would be unpacked, so a decompression bomb is refused at no cost. Readers
 * come from ImageIO: the JDK's own, plus TwelveMonkeys' for WebP and the JPEGs the JDK's reader refuses.
 */
public final class ImageHeader {

    /** The formats a browser shows, by ImageIO format name; anything else is refused. */
    private static final Map<String, String> WEB_FORMATS = Map.of(
            "png", "image/png", "jpeg", "image/jpeg", "jpg", "image/jpeg", "gif", "image/gif", "webp", "image/webp");

    static {
        ImageIO.setUseCache(false);
        ImageIO.scanForPlugins();
    }

    /** What the header says. */
    public record Header(String mediaType, int width, int height) {
        public long pixels() {
            return (long) width * height;
        }
    }

    /** Why bytes are not an image Lede takes. */
    public static final class NotAnImage extends Exception {
        public NotAnImage(String message) {
            super(message, null, false, false);
        }
    }

    private ImageHeader() {}

    public static Header read(byte[] bytes) throws NotAnImage {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            if (in == null) {
                throw new NotAnImage("is not an image");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            while (readers.hasNext()) {
                ImageReader reader = readers.next();
                try {
                    String mediaType = WEB_FORMATS.get(reader.getFormatName().toLowerCase(Locale.ROOT));
                    if (mediaType == null) {
                        throw new NotAnImage(
                                "is a " + reader.getFormatName() + " image; Lede takes PNG, JPEG, GIF and WebP");
                    }
                    in.seek(0);
                    reader.setInput(in, true, true);
                    int width = reader.getWidth(0);
                    int height = reader.getHeight(0);
                    if (width <= 0 || height <= 0) {
                        throw new NotAnImage("has no width or height");
                    }
                    return new Header(mediaType, width, height);
                } finally {
                    reader.dispose();
                }
            }
            throw new NotAnImage("is not an image (Lede takes PNG, JPEG, GIF and WebP)");
        } catch (IOException | RuntimeException e) {
            throw new NotAnImage("could not be read as an image");
        }
    }
}
