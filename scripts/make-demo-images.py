#!/usr/bin/env python3
"""Draws the demo images Lede serves at /demo-images/ (src/main/resources/META-INF/resources/demo-images).

Original flat pictures made from a few shapes, so the demo needs no image host and no downloaded picture. Uses only
the standard library; run it from the repository root to draw them again.
"""
import os
import struct
import zlib

OUT = "src/main/resources/META-INF/resources/demo-images"


def png(path, width, height, pixel):
    rows = bytearray()
    for y in range(height):
        rows.append(0)
        for x in range(width):
            rows.extend(pixel(x, y))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    data += chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b"")
    with open(os.path.join(OUT, path), "wb") as f:
        f.write(data)


def scene(sky, sea, horizon, shapes):
    """A sky, a sea below the horizon (a fraction of the height) and rectangles (x0, y0, x1, y1, colour) on top."""
    def pixel(x, y, w, h):
        for x0, y0, x1, y1, colour in shapes:
            if x0 * w <= x < x1 * w and y0 * h <= y < y1 * h:
                return colour
        return sky if y < horizon * h else sea
    return pixel


def draw(name, width, height, sky, sea, horizon, shapes):
    pixel = scene(sky, sea, horizon, shapes)
    png(name, width, height, lambda x, y: pixel(x, y, width, height))


os.makedirs(OUT, exist_ok=True)
W, H = 960, 540
draw("harbour-tram.png", W, H, (170, 205, 230), (40, 90, 130), 0.62,
     [(0.10, 0.48, 0.55, 0.60, (230, 190, 40)), (0.12, 0.50, 0.53, 0.55, (250, 250, 240)),
      (0.0, 0.60, 1.0, 0.63, (90, 90, 90)), (0.70, 0.30, 0.78, 0.62, (120, 60, 50))])
draw("tram-route.png", 800, 400, (245, 242, 230), (245, 242, 230), 1.0,
     [(0.05, 0.48, 0.95, 0.52, (200, 40, 40))]
     + [(0.05 + i * 0.14, 0.42, 0.08 + i * 0.14, 0.58, (30, 30, 30)) for i in range(7)])
draw("north-pier-storm.png", W, H, (70, 80, 95), (30, 45, 60), 0.55,
     [(0.30, 0.50, 1.0, 0.58, (110, 100, 90)), (0.0, 0.10, 1.0, 0.14, (100, 110, 125))])
draw("central-library.png", W, H, (200, 220, 235), (120, 150, 90), 0.75,
     [(0.25, 0.25, 0.75, 0.75, (190, 160, 120))]
     + [(0.30 + i * 0.09, 0.35, 0.35 + i * 0.09, 0.70, (80, 60, 50)) for i in range(5)])
draw("ferry.png", W, H, (185, 215, 240), (35, 100, 150), 0.58,
     [(0.30, 0.45, 0.70, 0.60, (245, 245, 245)), (0.42, 0.36, 0.55, 0.45, (220, 60, 50))])
draw("night-market.png", W, H, (20, 25, 60), (50, 45, 40), 0.65,
     [(0.05 + i * 0.16, 0.50, 0.17 + i * 0.16, 0.66, c)
      for i, c in enumerate([(240, 180, 60), (200, 80, 90), (90, 180, 140), (240, 220, 120), (150, 110, 220), (250, 140, 60)])])
draw("maren-okafor.png", 400, 400, (215, 200, 185), (215, 200, 185), 1.0,
     [(0.35, 0.20, 0.65, 0.55, (120, 80, 60)), (0.20, 0.60, 0.80, 1.0, (40, 70, 120))])
draw("tomas-lindqvist.png", 400, 400, (190, 210, 200), (190, 210, 200), 1.0,
     [(0.35, 0.20, 0.65, 0.55, (225, 190, 160)), (0.20, 0.60, 0.80, 1.0, (110, 110, 110))])
