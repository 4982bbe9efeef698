#!/usr/bin/env python3
"""Draws the Teams app icons with the standard library only (no image packages needed).

color.png   192x192, full colour: a white heart on the accent colour, full bleed.
outline.png  32x32, white heart outline on a transparent background (Teams tints it).
Run from anywhere: python3 TrustBot/TeamsApp/make-icons.py
"""
import os
import struct
import zlib

ACCENT = (0x2E, 0x7D, 0x7A)  # keep in step with accentColor in manifest.json
HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = 4  # supersampling per axis for smooth edges


def heart(x, y):
    """Inside test of the classic heart curve, x and y in about [-1.3, 1.3], y up."""
    return (x * x + y * y - 1) ** 3 - x * x * y ** 3 <= 0


def coverage(px, py, size, scale, inner_scale=None):
    """Fraction of the pixel covered by the heart (or by the ring between two hearts)."""
    hits = 0
    for sy in range(SAMPLES):
        for sx in range(SAMPLES):
            # Centre the heart and flip y so it points down.
            x = ((px + (sx + 0.5) / SAMPLES) / size - 0.5) * scale
            y = -((py + (sy + 0.5) / SAMPLES) / size - 0.52) * scale
            inside = heart(x, y)
            if inside and inner_scale is not None:
                inside = not heart(x * inner_scale, y * inner_scale)
            hits += inside
    return hits / (SAMPLES * SAMPLES)


def png(path, size, pixel):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(size)) for y in range(size))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def color_pixel(x, y):
    a = coverage(x, y, 192, 3.2)
    return tuple(round(c + (255 - c) * a) for c in ACCENT) + (255,)


def outline_pixel(x, y):
    a = coverage(x, y, 32, 2.9, inner_scale=1.45)
    return (255, 255, 255, round(255 * a))


png(os.path.join(HERE, "color.png"), 192, color_pixel)
png(os.path.join(HERE, "outline.png"), 32, outline_pixel)
print("wrote color.png and outline.png in", HERE)
