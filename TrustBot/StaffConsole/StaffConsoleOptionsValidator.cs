using Microsoft.Extensions.Options;

namespace TrustBot.StaffConsole;

/// <summary>Every account needs an id, a name, a known role and a well-formed hash; ids are unique.</summary>
public sealed class StaffConsoleOptionsValidator : IValidateOptions<StaffConsoleOptions>
{
    public ValidateOptionsResult Validate(string? name, StaffConsoleOptions options)
    {
        var failures = new List<string>();
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Staff.Count; i++)
        {
            var account = options.Staff[i];
            var at = $"Handoff:Staff:{i}";
            if (string.IsNullOrWhiteSpace(account.Id))
            {
                failures.Add($"{at}:Id is required.");
            }
            else if (!ids.Add(account.Id))
            {
                failures.Add($"{at}:Id '{account.Id}' is used twice.");
            }

            if (string.IsNullOrWhiteSpace(account.DisplayName))
            {
                failures.Add($"{at}:DisplayName is required.");
            }

            if (!StaffRoles.IsKnown(account.Role))
            {
                failures.Add($"{at}:Role must be '{StaffRoles.Therapist}' or '{StaffRoles.Supervisor}'.");
            }

            if (!StaffPasswordHasher.IsWellFormed(account.PasswordHash))
            {
                failures.Add($"{at}:PasswordHash must come from 'hash-password' ({StaffPasswordHasher.Prefix}$iterations$salt$hash, {StaffPasswordHasher.MinimumIterations}+ iterations).");
            }
        }

        var entra = options.Entra;
        if (entra.IsConfigured && (string.IsNullOrWhiteSpace(entra.TenantId) || !Uri.TryCreate(entra.Instance, UriKind.Absolute, out var instance) || instance.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add("Handoff:Entra needs TenantId and an https Instance when ClientId is set.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
