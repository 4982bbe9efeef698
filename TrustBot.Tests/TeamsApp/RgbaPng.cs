using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace TrustBot.Tests.TeamsApp;

/// <summary>A minimal reader for 8-bit RGBA, non-interlaced PNGs (what the Teams icons must be), to check their pixels.</summary>
internal static class RgbaPng
{
    public static (byte R, byte G, byte B, byte A)[,] Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        int width = 0, height = 0;
        using var compressed = new MemoryStream();
        for (var offset = 8; offset < bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(offset, 4));
            var type = Encoding.ASCII.GetString(bytes, offset + 4, 4);
            var data = bytes.AsSpan(offset + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data[..4]);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..8]);
                if (data[8] != 8 || data[9] != 6 || data[12] != 0)
                {
                    throw new InvalidDataException($"{Path.GetFileName(path)} is not an 8-bit RGBA non-interlaced PNG (depth {data[8]}, colour type {data[9]}).");
                }
            }
            else if (type == "IDAT")
            {
                compressed.Write(data);
            }

            offset += 12 + length;
        }

        compressed.Position = 0;
        using var inflater = new ZLibStream(compressed, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflater.CopyTo(raw);
        return Unfilter(raw.ToArray(), width, height);
    }

    private static (byte, byte, byte, byte)[,] Unfilter(byte[] raw, int width, int height)
    {
        const int bpp = 4;
        var stride = width * bpp;
        var previous = new byte[stride];
        var pixels = new (byte, byte, byte, byte)[height, width];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var row = raw.AsSpan((y * (stride + 1)) + 1, stride).ToArray();
            for (var i = 0; i < stride; i++)
            {
                int left = i >= bpp ? row[i - bpp] : 0, up = previous[i], upLeft = i >= bpp ? previous[i - bpp] : 0;
                row[i] = (byte)(row[i] + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"Unknown PNG filter {filter}."),
                });
            }

            for (var x = 0; x < width; x++)
            {
                pixels[y, x] = (row[x * bpp], row[(x * bpp) + 1], row[(x * bpp) + 2], row[(x * bpp) + 3]);
            }

            previous = row;
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
