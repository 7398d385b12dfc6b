using System.Diagnostics;

namespace KnowledgeGraph.Bench;

/// <summary>Wall-clock helpers: medians of whole runs, percentiles of many small queries.</summary>
internal static class Timing
{
    public static double Seconds(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>Median seconds over <paramref name="runs"/> runs, after warm-up runs that let the JIT reach its optimised code.</summary>
    public static double MedianSeconds(int runs, Action action, int warmups = 3)
    {
        for (var i = 0; i < warmups; i++)
            action();
        var samples = new double[runs];
        for (var i = 0; i < runs; i++)
            samples[i] = Seconds(action);
        Array.Sort(samples);
        return samples[runs / 2];
    }

    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
