using Microsoft.Extensions.Options;

namespace TrustBot.Hosting;

public static class ValidatedOptionsServiceCollectionExtensions
{
    /// <summary>
    /// Options bound from <paramref name="sectionName"/> (of <paramref name="configuration"/>, or of the
    /// host's configuration when null), checked by their data annotations and by
    /// <paramref name="rules"/> (each a condition and the message naming the setting), at start-up: a bad
    /// setting stops the start instead of failing the first turn that reads it.
    /// </summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions>(
        this IServiceCollection services, string sectionName, IConfiguration? configuration, params (Func<TOptions, bool> Rule, string Message)[] rules)
        where TOptions : class
    {
        var builder = services.AddOptions<TOptions>();
        builder = (configuration is null ? builder.BindConfiguration(sectionName) : builder.Bind(configuration.GetSection(sectionName))).ValidateDataAnnotations();
        foreach (var (rule, message) in rules)
        {
            builder = builder.Validate(rule, message);
        }

        return builder.ValidateOnStart();
    }
}
