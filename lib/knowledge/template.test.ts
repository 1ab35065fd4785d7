import { expect, it } from 'vitest';
import { fillTemplate, missingVariables, templateVariables } from './template';

const vars = { 'customer.name': 'Li Wei', 'order.id': 'A-1001', 'agent.name': '  ', 'ticket.id': undefined };

it.each([
  ['Hi {{customer.name}}, order {{ order.id }} ships today.', 'Hi Li Wei, order A-1001 ships today.'],
  ['您好 {{customer.name}}，我是{{agent.name}}。', '您好 Li Wei，我是[agent.name]。'],
  ['Ticket {{ticket.id}}', 'Ticket [ticket.id]'],
  ['Hi {{customer.first_name|there}}!', 'Hi there!'],
  ['Hi {{customer.name|there}}!', 'Hi Li Wei!'],
  ['Unknown {{foo.bar}} stays visible', 'Unknown [foo.bar] stays visible'],
  ['Not a variable: {{ }} or {customer.name}', 'Not a variable: {{ }} or {customer.name}'],
])('fills %s', (text, expected) => {
  const out = fillTemplate(text, vars);
  expect(out).toBe(expected);
  expect(out).not.toContain('undefined');
});

it('lists used and missing variables', () => {
  const text = '{{customer.name}} {{agent.name}} {{ticket.id|your ticket}} {{customer.name}}';
  expect(templateVariables(text)).toEqual(['customer.name', 'agent.name', 'ticket.id']);
  expect(missingVariables(text, vars)).toEqual(['agent.name']);
});
