using System.Net;
using System.Text.Json;
using Xunit;

namespace Pacta.Web.Tests.Support;

/// <summary>Reads API responses as JSON, failing with the body when the status is not the one expected.</summary>
public static class JsonRequests
{
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        return await ReadAsync(response, expected);
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    public static string[] Ids(this JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetString()!).ToArray();

    public static string[] Strings(this JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();
}
