using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace KnowledgeGraph.Api.Tests.Support;

/// <summary>A JSON request body that sends its first byte and the rest only once released: a request still being read.</summary>
public sealed class HeldBackBody : HttpContent
{
    private readonly byte[] json;
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public HeldBackBody(string json)
    {
        this.json = Encoding.UTF8.GetBytes(json);
        Headers.ContentType = new MediaTypeHeaderValue("application/json");
    }

    public void Release() => released.TrySetResult();

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(json.AsMemory(0, 1));
        await stream.FlushAsync();
        await released.Task;
        await stream.WriteAsync(json.AsMemory(1));
    }

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}
