#!/usr/bin/env python3
"""Packs PNG renderings of the application icon into the Windows .ico and the
macOS .icns the installers use (both committed; run installer/render-platform-icons.sh
after editing resources/icons/org.imapdesk.ImapDesk.svg).

usage: make-platform-icons.py PNG-PATTERN ICO ICNS
PNG-PATTERN has {size} where the pixel size goes, e.g. /tmp/icon-{size}.png,
and must exist for 16 32 48 64 128 256 512 and 1024.
"""
import struct
import sys

ICO_SIZES = [16, 32, 48, 64, 128, 256]
# icns element types that hold PNG data, by pixel size (the @2x ones repeat a size).
ICNS_TYPES = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
              (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
              (b"ic14", 512)]


def read(pattern, size):
    with open(pattern.format(size=size), "rb") as f:
        data = f.read()
    if not data.startswith(b"\x89PNG"):
        sys.exit(f"{pattern.format(size=size)} is not a PNG")
    return data


def write_ico(pattern, path):
    images = [read(pattern, size) for size in ICO_SIZES]
    offset = 6 + 16 * len(images)
    out = struct.pack("<HHH", 0, 1, len(images))
    for size, data in zip(ICO_SIZES, images):
        # Width and height 0 mean 256; PNG-compressed entries need Vista or newer.
        out += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    with open(path, "wb") as f:
        f.write(out + b"".join(images))


def write_icns(pattern, path):
    body = b""
    for kind, size in ICNS_TYPES:
        data = read(pattern, size)
        body += kind + struct.pack(">I", 8 + len(data)) + data
    with open(path, "wb") as f:
        f.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    write_ico(sys.argv[1], sys.argv[2])
    write_icns(sys.argv[1], sys.argv[3])
