using System.Collections.Specialized;
using System.Web;

namespace NeighbourBot.Geo.Tests.Support;

/// <summary>A request as the local server saw it: its rank (1 for the first) and its URL.</summary>
public sealed record ServedRequest(int Number, Uri Url)
{
    public NameValueCollection Query => HttpUtility.ParseQueryString(Url.Query);

    public bool HasCityCode => Query["citycode"] is not null;
}
