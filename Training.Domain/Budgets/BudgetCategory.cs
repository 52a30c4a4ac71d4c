namespace Training.Domain.Budgets;

public enum BudgetCategory
{
    TrainerFees,
    Venue,
    Catering,
    Travel,
    Accommodation,
    MaterialsAndPrinting,
    Interpretation,
    Other,
}
