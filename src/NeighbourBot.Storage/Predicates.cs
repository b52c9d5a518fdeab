using LiteDB;

namespace NeighbourBot.Storage;

/// <summary>
/// LiteDB predicates with their values as parameters. LiteDB's <c>Query.EQ(field, value)</c> writes the value into
/// the expression text, and LiteDB parses, compiles (a DynamicMethod) and caches every distinct text for the life of
/// the process: with an update id or a timestamp in it, each turn compiled a new expression and the cache never
/// stopped growing (a third of a turn's CPU in the load benchmark). With <c>@0</c> the text is constant: parsed once,
/// then only the parameter changes — as LiteDB's own <c>FindById</c> does.
/// </summary>
internal static class Predicates
{
    public static BsonExpression Eq(string field, BsonValue value) => BsonExpression.Create(field + " = @0", value);

    public static BsonExpression Lt(string field, BsonValue value) => BsonExpression.Create(field + " < @0", value);

    public static BsonExpression Gte(string field, BsonValue value) => BsonExpression.Create(field + " >= @0", value);

    /// <summary><c>(a = @0 OR b = @0)</c>: one value matched against two fields.</summary>
    public static BsonExpression EqEither(string field, string otherField, BsonValue value) =>
        BsonExpression.Create($"({field} = @0 OR {otherField} = @0)", value);

    public static BsonExpression Between(string field, BsonValue start, BsonValue end) => BsonExpression.Create(field + " BETWEEN @0 AND @1", start, end);

    /// <summary><c>(a = @0 AND b op @1)</c>: LiteDB's <c>Query.And</c> joins texts and would drop the parameters.</summary>
    public static BsonExpression EqAnd(string field, BsonValue value, string secondField, string op, BsonValue second) =>
        BsonExpression.Create($"({field} = @0 AND {secondField} {op} @1)", value, second);
}
