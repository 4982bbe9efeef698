using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace TrustBot.Progress;

/// <summary>
/// Re-encodes a chart as an 8-bit palette PNG: a few flat colours, white and anti-aliased edges need no
/// 32-bit pixels, and the file is about a third of SkiaSharp's RGBA PNG (an 800x400 chart ~12 KB instead
/// of ~41 KB), which is what lets the Teams card carry it inline within Teams' message size limit. Fixed
/// palette: the 6x6x6 colour cube and 40 greys; transparent pixels are laid on white.
/// </summary>
public static class PalettePng
{
    private const int CubeColours = 216;
    private const int Greys = 40;
    private static readonly byte[] Palette = BuildPalette();
    private static readonly uint[] CrcTable = BuildCrcTable();

    public static byte[] Encode(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png) ?? throw new ArgumentException("Not an image.", nameof(png));
        var pixels = bitmap.Pixels;
        var width = bitmap.Width;
        var rows = new byte[(width + 1) * bitmap.Height];
        var at = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            rows[at++] = 0; // filter "none": palette rows compress best unfiltered
            for (var x = 0; x < width; x++)
            {
                rows[at++] = IndexOf(pixels[(y * width) + x]);
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(rows);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), bitmap.Height);
        header[8] = 8; // bits per index
        header[9] = 3; // colour type: palette
        using var file = new MemoryStream();
        file.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        WriteChunk(file, "IHDR", header);
        WriteChunk(file, "PLTE", Palette);
        WriteChunk(file, "IDAT", compressed.ToArray());
        WriteChunk(file, "IEND", []);
        return file.ToArray();
    }

    private static byte IndexOf(SKColor colour)
    {
        var alpha = colour.Alpha / 255.0;
        var red = (colour.Red * alpha) + (255 * (1 - alpha));
        var green = (colour.Green * alpha) + (255 * (1 - alpha));
        var blue = (colour.Blue * alpha) + (255 * (1 - alpha));
        if (Math.Max(red, Math.Max(green, blue)) - Math.Min(red, Math.Min(green, blue)) < 16)
        {
            return (byte)(CubeColours + (int)Math.Round((red + green + blue) / 3 * (Greys - 1) / 255));
        }

        static int Level(double value) => (int)Math.Round(value / 51);
        return (byte)((Level(red) * 36) + (Level(green) * 6) + Level(blue));
    }

    private static byte[] BuildPalette()
    {
        var palette = new byte[(CubeColours + Greys) * 3];
        var at = 0;
        for (var red = 0; red < 6; red++)
        {
            for (var green = 0; green < 6; green++)
            {
                for (var blue = 0; blue < 6; blue++)
                {
                    palette[at++] = (byte)(red * 51);
                    palette[at++] = (byte)(green * 51);
                    palette[at++] = (byte)(blue * 51);
                }
            }
        }

        for (var grey = 0; grey < Greys; grey++)
        {
            var value = (byte)Math.Round(grey * 255.0 / (Greys - 1));
            palette[at++] = value;
            palette[at++] = value;
            palette[at++] = value;
        }

        return palette;
    }

    private static void WriteChunk(Stream stream, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        stream.Write(number);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        stream.Write(typeBytes);
        stream.Write(data);
        var crc = 0xFFFFFFFFu;
        foreach (var b in typeBytes.Concat(data))
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        BinaryPrimitives.WriteUInt32BigEndian(number, crc ^ 0xFFFFFFFFu);
        stream.Write(number);
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
