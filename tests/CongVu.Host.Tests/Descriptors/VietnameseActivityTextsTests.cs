using CongVu.Engine.Activities;
using CongVu.Host.Descriptors;
using Xunit;

namespace CongVu.Host.Tests.Descriptors;

/// <summary>The engine describes its activities in English; every one of them, with every input and output, has Vietnamese texts for the designer.</summary>
public sealed class VietnameseActivityTextsTests
{
    public static TheoryData<string> EngineActivities()
    {
        var data = new TheoryData<string>();
        foreach (var d in new ActivityRegistry().AddFromAssembly(typeof(Activity).Assembly).Descriptors) data.Add(d.TypeName);
        return data;
    }

    [Theory]
    [MemberData(nameof(EngineActivities))]
    public void Find_EveryEngineActivity_HasVietnameseDescriptionAndMemberLabels(string typeName)
    {
        var registry = new ActivityRegistry().AddFromAssembly(typeof(Activity).Assembly);
        Assert.True(registry.TryGet(typeName, out var descriptor));
        var texts = VietnameseActivityTexts.Find(typeName);

        Assert.NotNull(texts);
        Assert.False(string.IsNullOrWhiteSpace(texts.Description));
        foreach (var member in descriptor.Inputs.Select(i => i.Name).Concat(descriptor.Outputs.Select(o => o.Name)))
            Assert.True(texts.Members.ContainsKey(member), $"{typeName}.{member} has no Vietnamese label");
    }

    [Fact]
    public void Describe_WriteLine_ShowsVietnameseTextsFromTheHost()
    {
        var registry = new ActivityRegistry().AddFromAssembly(typeof(Activity).Assembly);
        Assert.True(registry.TryGet("Elsa.WriteLine", out var descriptor));

        var model = ActivityDescriptorMapper.Describe(descriptor);

        Assert.Equal("Ghi một dòng vào nhật ký.", model.Description);
        Assert.Equal("Nội dung", Assert.Single(model.Inputs, i => i.Name == "text").DisplayName);
    }
}
