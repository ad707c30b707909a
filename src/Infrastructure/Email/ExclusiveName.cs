using System.Runtime.InteropServices;

namespace Delegation.Infrastructure.Email;

/// <summary>
/// Gives a finished file a second name only if that name is free, atomically. <c>File.Move(overwrite:
/// false)</c> is not enough on Unix: it checks for the name and then renames, so two writers can both
/// "win". link(2) fails with EEXIST instead; on Windows a move without replace already is atomic.
/// </summary>
internal static partial class ExclusiveName
{
    const int AlreadyExists = 17; // EEXIST on Linux and macOS

    /// <summary>Links <paramref name="source"/> as <paramref name="target"/>; false when the target exists.</summary>
    /// <param name="source">A whole file in the same folder; the caller deletes it afterwards.</param>
    /// <param name="target">The name to give it.</param>
    public static bool TryGive(string source, string target)
    {
        if (OperatingSystem.IsWindows())
        {
            try
            {
                File.Move(source, target, overwrite: false);
                return true;
            }
            catch (IOException) when (File.Exists(target))
            {
                return false;
            }
        }

        if (Link(source, target) == 0)
        {
            return true;
        }

        var error = Marshal.GetLastPInvokeError();
        return error == AlreadyExists ? false : throw new IOException($"Could not name {target} (errno {error}).");
    }

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string oldPath, string newPath);
}
