using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrustBot.Dialogs.Engine;

namespace TrustBot.Dialogs.Modules;

/// <summary>
/// How a capability registers its parts from its own <c>Add...()</c> extension: commands, root dialogs,
/// what happens after a dialog ends and inbound events. Each call is idempotent, so order and repeats do not matter.
/// </summary>
public static class BotModuleServiceCollectionExtensions
{
    public static IServiceCollection AddBotCommand<TCommand>(this IServiceCollection services)
        where TCommand : class, IBotCommand
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBotCommand, TCommand>());
        return services;
    }

    /// <summary>Registers a root dialog (startable from anywhere by its id) as itself and as a <see cref="Dialog"/>.</summary>
    public static IServiceCollection AddBotDialog<TDialog>(this IServiceCollection services)
        where TDialog : Dialog
    {
        services.TryAddSingleton<TDialog>();
        if (!services.Any(d => d.ServiceType == typeof(Dialog) && d.ImplementationFactory?.Method.DeclaringType == typeof(DialogFactory<TDialog>)))
        {
            services.AddSingleton<Dialog>(DialogFactory<TDialog>.Create);
        }

        return services;
    }

    public static IServiceCollection AddDialogResultHandler<THandler>(this IServiceCollection services)
        where THandler : class, IDialogResultHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDialogResultHandler, THandler>());
        return services;
    }

    public static IServiceCollection AddBotEventHandler<THandler>(this IServiceCollection services)
        where THandler : class, IBotEventHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBotEventHandler, THandler>());
        return services;
    }

    private static class DialogFactory<TDialog>
        where TDialog : Dialog
    {
        public static Dialog Create(IServiceProvider services) => services.GetRequiredService<TDialog>();
    }
}
