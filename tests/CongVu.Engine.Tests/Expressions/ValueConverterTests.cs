using System.Dynamic;
using System.Text.Json.Nodes;
using CongVu.Engine.Expressions;
using Xunit;

namespace CongVu.Engine.Tests.Expressions;

public class ValueConverterTests
{
    [Fact]
    public void Convert_StringToInt_Parses() => Assert.Equal(17, ValueConverter.Convert("17", typeof(int)));

    [Fact]
    public void Convert_StringToNullableTimeSpan_Parses() =>
        Assert.Equal(TimeSpan.FromSeconds(5), ValueConverter.Convert("00:00:05", typeof(TimeSpan?)));

    [Fact]
    public void Convert_JsonStringToBool_UsesTextRules() =>
        Assert.Equal(true, ValueConverter.Convert(JsonValue.Create("true"), typeof(bool)));

    [Fact]
    public void Convert_JsonObjectToString_ReturnsJson() =>
        Assert.Equal("""{"a":1}""", ValueConverter.Convert(JsonNode.Parse("""{"a":1}"""), typeof(string)));

    [Fact]
    public void Convert_JsonObjectToExpando_IsReadableViaDynamic()
    {
        dynamic result = ValueConverter.Convert(JsonNode.Parse("""{"so":"17/KH-UBND","n":2}"""), typeof(ExpandoObject))!;
        Assert.Equal("17/KH-UBND", (string)result.so);
        Assert.Equal(2, (int)result.n);
    }

    [Fact]
    public void Convert_JsonTextToExpando_Parses()
    {
        dynamic result = ValueConverter.Convert("""{"x":true}""", typeof(ExpandoObject))!;
        Assert.True((bool)result.x);
    }

    [Fact]
    public void Convert_LongToInt_Narrows() => Assert.Equal(5, ValueConverter.Convert(5L, typeof(int)));
}
