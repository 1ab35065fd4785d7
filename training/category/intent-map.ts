/**
 * Public intent labels → Deskmate's nine ticket categories (plus 'none' for
 * messages that state no problem). Intents that fit no category (weather,
 * music, credit scores…) are left out rather than forced into 'other'. The
 * definitions are those of the ticket rules: defective or missing items are
 * refund_return, app/site/network faults technical_issue, pre-sale facts
 * product_question, fraud and card charges payment_billing.
 */
export type ProblemClass =
  | 'logistics'
  | 'refund_return'
  | 'order_change'
  | 'payment_billing'
  | 'account_access'
  | 'technical_issue'
  | 'product_question'
  | 'complaint'
  | 'other'
  | 'none';

/** Bitext customer-support intents (e-commerce). */
export const BITEXT: Record<string, ProblemClass> = {
  create_account: 'account_access',
  delete_account: 'account_access',
  edit_account: 'account_access',
  recover_password: 'account_access',
  registration_problems: 'account_access',
  switch_account: 'account_access',
  check_cancellation_fee: 'payment_billing',
  delivery_options: 'product_question',
  delivery_period: 'logistics',
  complaint: 'complaint',
  review: 'other',
  check_invoices: 'payment_billing',
  get_invoice: 'payment_billing',
  newsletter_subscription: 'other',
  cancel_order: 'order_change',
  change_order: 'order_change',
  track_order: 'logistics',
  check_payment_methods: 'payment_billing',
  payment_issue: 'payment_billing',
  check_refund_policy: 'refund_return',
  get_refund: 'refund_return',
  track_refund: 'refund_return',
  change_shipping_address: 'order_change',
  set_up_shipping_address: 'order_change',
};

/** BANKING77 intents (a card and transfer app). */
export const BANKING77: Record<string, ProblemClass> = {
  Refund_not_showing_up: 'refund_return',
  request_refund: 'refund_return',
  passcode_forgotten: 'account_access',
  pin_blocked: 'account_access',
  change_pin: 'account_access',
  unable_to_verify_identity: 'account_access',
  terminate_account: 'account_access',
  edit_personal_details: 'account_access',
  lost_or_stolen_phone: 'account_access',
  card_arrival: 'logistics',
  card_delivery_estimate: 'logistics',
  age_limit: 'product_question',
  country_support: 'product_question',
  fiat_currency_support: 'product_question',
  supported_cards_and_currencies: 'product_question',
  visa_or_mastercard: 'product_question',
  getting_virtual_card: 'product_question',
  get_physical_card: 'product_question',
  getting_spare_card: 'product_question',
  disposable_card_limits: 'product_question',
  top_up_limits: 'product_question',
  why_verify_identity: 'product_question',
  atm_support: 'product_question',
  card_acceptance: 'product_question',
  apple_pay_or_google_pay: 'product_question',
  exchange_via_app: 'product_question',
  card_not_working: 'technical_issue',
  contactless_not_working: 'technical_issue',
  virtual_card_not_working: 'technical_issue',
  card_payment_fee_charged: 'payment_billing',
  card_payment_not_recognised: 'payment_billing',
  card_payment_wrong_exchange_rate: 'payment_billing',
  cash_withdrawal_charge: 'payment_billing',
  cash_withdrawal_not_recognised: 'payment_billing',
  compromised_card: 'payment_billing',
  declined_card_payment: 'payment_billing',
  declined_cash_withdrawal: 'payment_billing',
  declined_transfer: 'payment_billing',
  direct_debit_payment_not_recognised: 'payment_billing',
  exchange_charge: 'payment_billing',
  extra_charge_on_statement: 'payment_billing',
  failed_transfer: 'payment_billing',
  pending_card_payment: 'payment_billing',
  pending_cash_withdrawal: 'payment_billing',
  pending_top_up: 'payment_billing',
  pending_transfer: 'payment_billing',
  'reverted_card_payment?': 'payment_billing',
  top_up_failed: 'payment_billing',
  top_up_reverted: 'payment_billing',
  transaction_charged_twice: 'payment_billing',
  transfer_fee_charged: 'payment_billing',
  transfer_not_received_by_recipient: 'payment_billing',
  wrong_amount_of_cash_received: 'payment_billing',
  wrong_exchange_rate_for_cash_withdrawal: 'payment_billing',
  balance_not_updated_after_bank_transfer: 'payment_billing',
  balance_not_updated_after_cheque_or_cash_deposit: 'payment_billing',
  top_up_by_bank_transfer_charge: 'payment_billing',
  top_up_by_card_charge: 'payment_billing',
  lost_or_stolen_card: 'payment_billing',
};

/** CLINC150 intents that are customer-service problems, and small talk as 'none'. */
export const CLINC150: Record<string, ProblemClass> = {
  freeze_account: 'account_access',
  account_blocked: 'account_access',
  pin_change: 'account_access',
  report_fraud: 'payment_billing',
  transactions: 'payment_billing',
  bill_due: 'payment_billing',
  pay_bill: 'payment_billing',
  bill_balance: 'payment_billing',
  min_payment: 'payment_billing',
  transfer: 'payment_billing',
  card_declined: 'payment_billing',
  report_lost_card: 'payment_billing',
  international_fees: 'payment_billing',
  interest_rate: 'product_question',
  routing: 'product_question',
  apr: 'product_question',
  expiration_date: 'product_question',
  carry_on: 'product_question',
  accept_reservations: 'product_question',
  replacement_card_duration: 'logistics',
  lost_luggage: 'logistics',
  order_status: 'logistics',
  cancel_reservation: 'order_change',
  confirm_reservation: 'order_change',
  greeting: 'none',
  thank_you: 'none',
  goodbye: 'none',
  are_you_a_bot: 'none',
  how_old_are_you: 'none',
  what_is_your_name: 'none',
  who_made_you: 'none',
  yes: 'none',
  no: 'none',
  maybe: 'none',
};
