using System.Security.Cryptography;
using System.Text;

namespace Pacta.Storage;

/// <summary>What makes two documents the same document for every provider: the SHA-256 of their text.</summary>
internal static class ContentHash
{
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
