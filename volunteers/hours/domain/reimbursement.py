"""What an entry's expenses come to. Computed once, at approval, with the rate in force on the entry's date."""

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def mileage(km, passengers, rate_per_km, rate_per_passenger_km):
    amount = Decimal(km) * rate_per_km + Decimal(km) * Decimal(passengers) * rate_per_passenger_km
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def save_amounts(entry, rate_per_km, rate_per_passenger_km):
    """Set the entry's saved rates and amounts (the caller saves the entry)."""
    entry.rate_per_km = rate_per_km
    entry.rate_per_passenger_km = rate_per_passenger_km
    entry.mileage_amount = mileage(entry.km, entry.passengers, rate_per_km, rate_per_passenger_km)
    entry.reimbursement = (entry.mileage_amount + entry.expenses_at_cost).quantize(CENT)
