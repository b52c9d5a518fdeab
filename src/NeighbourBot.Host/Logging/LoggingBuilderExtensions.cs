using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NeighbourBot.Host.Logging;

/// <summary>Wraps every logger provider registered so far in a <see cref="RedactingLoggerProvider"/>.</summary>
public static class LoggingBuilderExtensions
{
    /// <summary>Call after the providers are added.</summary>
    public static ILoggingBuilder RedactSecrets(this ILoggingBuilder builder, SecretRedactor redactor)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var providers = builder.Services.Where(d => d.ServiceType == typeof(ILoggerProvider)).ToList();
        foreach (var descriptor in providers)
        {
            builder.Services.Remove(descriptor);
            builder.Services.AddSingleton<ILoggerProvider>(sp => new RedactingLoggerProvider(Create(descriptor, sp), redactor));
        }

        return builder;
    }

    private static ILoggerProvider Create(ServiceDescriptor descriptor, IServiceProvider services) =>
        (ILoggerProvider)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
