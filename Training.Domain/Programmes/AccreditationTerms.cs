using Training.Domain.Common;

namespace Training.Domain.Programmes;

/// <summary>What an accrediting body's decision says: its number, the title it accredited, the points, validity and audience.</summary>
public sealed record AccreditationTerms(
    string? Number,
    string? AccreditedTitle,
    decimal? ParticipantPoints,
    decimal? TrainerPoints,
    DateOnly? ValidFrom,
    DateOnly? ValidUntil,
    SectorSet Audience);
