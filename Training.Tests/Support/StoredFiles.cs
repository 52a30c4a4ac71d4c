namespace Training.Tests.Support;

public static class StoredFiles
{
    /// <summary>Files in the app's upload folder that no row of the database names: what a refused upload must never leave behind.</summary>
    public static IReadOnlyList<string> Orphans(TrainingAppFactory app)
    {
        if (!Directory.Exists(app.FilesFolder))
            return [];
        var known = app.Scoped(db => db.MaterialVersions.Select(v => v.StoredName)
            .Concat(db.DevelopmentItems.Where(i => i.CertificateStoredName != null).Select(i => i.CertificateStoredName!)).ToHashSet());
        return Directory.GetFiles(app.FilesFolder).Select(Path.GetFileName).Where(name => !known.Contains(name!)).ToList()!;
    }
}
