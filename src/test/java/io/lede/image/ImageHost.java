package io.lede.image;

import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** A tiny image host on 127.0.0.1 for tests: each path answers with the status, media type and bytes it was given. */
public final class ImageHost implements AutoCloseable {

    private record Answer(int status, String contentType, byte[] body, String location) {}

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    public ImageHost() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            Answer answer = answers.get(exchange.getRequestURI().getPath());
            if (answer == null) {
                answer = new Answer(404, "text/plain", "no such file".getBytes(StandardCharsets.UTF_8), null);
            }
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            if (answer.location() != null) {
                exchange.getResponseHeaders().set("Location", answer.location());
            }
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            try (var out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        });
        server.start();
    }

    /** Serves these bytes at a new path; the URL of it. */
    public String serve(String contentType, byte[] body) {
        return answer(new Answer(200, contentType, body, null));
    }

    public String redirectTo(String url) {
        return answer(new Answer(302, "text/plain", new byte[0], url));
    }

    private String answer(Answer answer) {
        String path = "/files/" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
        answers.put(path, answer);
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public String png(int width, int height) {
        return serve("image/png", picture("png", width, height));
    }

    public String jpeg(int width, int height) {
        return serve("image/jpeg", picture("jpeg", width, height));
    }

    /** A picture of this size in this ImageIO format. */
    public static byte[] picture(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40, 90, 130));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.YELLOW);
        g.fillRect(width / 4, height / 2, width / 2, height / 6);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A PNG that declares {@code width × height} pixels in its header and carries a few bytes of data: decoding it
     * would ask for gigabytes, reading its header costs nothing.
     */
    public static byte[] bombPng(int width, int height) {
        ByteBuffer png = ByteBuffer.allocate(8 + 25 + 12 + 12 + 12);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] {8, 2, 0, 0, 0});
        chunk(png, "IHDR", header.array());
        chunk(png, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00});
        chunk(png, "IEND", new byte[0]);
        byte[] bytes = new byte[png.position()];
        png.flip().get(bytes);
        return bytes;
    }

    private static void chunk(ByteBuffer png, String type, byte[] data) {
        byte[] kind = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(kind);
        crc.update(data);
        png.putInt(data.length).put(kind).put(data).putInt((int) crc.getValue());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
