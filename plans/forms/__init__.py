"""The forms of the plan, the agreement and the rhythm."""
