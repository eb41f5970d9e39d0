namespace Workflows.Core.Time;

/// <summary>
/// Why a day is off. The kinds matter because not every office closes on all of them: cuti bersama is
/// collective leave deducted from ASN annual leave (SKB 3 Menteri), and units providing essential services
/// may stay open; libur daerah is declared by a regional head and binds only that region.
/// </summary>
public enum HolidayKind
{
    LiburNasional,
    CutiBersama,
    LiburDaerah,
}
