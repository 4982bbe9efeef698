using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrustBot.Dialogs.Modules;
using TrustBot.Dialogs.Profile;

namespace TrustBot.Dialogs.Commands.MyData;

/// <summary>The person's data rights: "my data", "export my data", "delete my data" and their dialogs.</summary>
public static class MyDataServiceCollectionExtensions
{
    public static IServiceCollection AddTrustBotMyData(this IServiceCollection services)
    {
        services.TryAddSingleton<IDeletedDataEraser, NoDeletedDataEraser>();
        services.TryAddSingleton<PersonalDataService>();
        return services
            .AddBotDialog<MyDataDialog>()
            .AddBotDialog<DeleteDataDialog>()
            .AddBotCommand<MyDataCommand>()
            .AddBotCommand<ExportDataCommand>()
            .AddBotCommand<DeleteDataCommand>();
    }
}
