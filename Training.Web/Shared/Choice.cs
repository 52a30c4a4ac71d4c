namespace Training.Web.Shared;

/// <summary>An option of a select list.</summary>
public sealed record Choice(int Id, string Name);
