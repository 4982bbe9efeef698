using System.ComponentModel.DataAnnotations;

namespace TrustBot.Hosting;

/// <summary>A duration option's allowed range, as <c>d.hh:mm:ss</c> text read in the invariant culture whatever the machine's.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class TimeSpanRangeAttribute : RangeAttribute
{
    public TimeSpanRangeAttribute(string minimum, string maximum)
        : base(typeof(TimeSpan), minimum, maximum)
    {
        ParseLimitsInInvariantCulture = true;
        ConvertValueInInvariantCulture = true;
    }
}
