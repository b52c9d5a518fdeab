using System.Net;

namespace NeighbourBot.Geo.Tests.Support;

/// <summary>What the local geocoder answers.</summary>
public sealed record Reply(HttpStatusCode StatusCode, string Body, IReadOnlyList<(string Name, string Value)> Headers, bool AbortConnection = false)
{
    public static Reply Fixture(string name) => new(HttpStatusCode.OK, File.ReadAllText(Fixtures.Ban(name)), []);

    public static Reply Status(HttpStatusCode status, string body = "{}") => new(status, body, []);

    public static Reply TooManyRequests(string retryAfter) =>
        new(HttpStatusCode.TooManyRequests, """{"code":429,"message":"Too many requests"}""", [("Retry-After", retryAfter)]);

    /// <summary>The connection drops without an answer: the client sees an HttpRequestException.</summary>
    public static Reply Drop() => new(HttpStatusCode.OK, "", [], AbortConnection: true);
}
