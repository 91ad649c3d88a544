//! The words of the collection section (what is owed after the decision), labels of the
//! catalogues; `document` lays the section out, `html` files it under its own heading.

words! {
    /// The words of the collection section.
    pub struct Words {
        collection: "label-collection-collection",
        item: "label-collection-item",
        value: "label-collection-value",
        principal: "label-collection-principal",
        notified: "label-collection-notified",
        payment_due: "label-collection-payment-due",
        in_default_from: "label-collection-in-default-from",
        interest: "label-collection-interest",
        paid: "label-collection-paid",
        outstanding_principal: "label-collection-outstanding-principal",
        outstanding_interest: "label-collection-outstanding-interest",
        outstanding: "label-collection-outstanding",
        penalties_outstanding: "label-collection-penalties-outstanding",
        owed_total: "label-collection-owed-total",
        claim_time_barred_on: "label-collection-claim-time-barred-on",
        not_computed: "label-collection-not-computed",
        published_paid: "label-collection-published-paid",
        interest_periods: "label-collection-interest-periods",
        rate: "label-collection-rate",
        days: "label-collection-days",
        base: "label-collection-base",
        how: "label-collection-how",
        penalty: "label-collection-penalty",
        /// The header of the amount forfeited whose limitation may have passed (an amount, not a day).
        time_barred: "label-collection-time-barred",
        subject: "label-collection-subject",
        suspended: "label-collection-suspended",
        chart: "label-collection-chart",
        owed_line: "label-collection-owed-line",
        barred_mark: "label-collection-barred-mark",
        interest_short: "label-collection-interest-short",
    }
}
