import { describe, expect, it } from 'vitest';
import { fillTemplate, fillTemplateReport, missingVariables, templateVariables } from './template';

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

describe('names that exist on Object.prototype are unknown variables, never the prototype', () => {
  const names = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'isPrototypeOf'];
  it.each(names)('{{%s}} stays visible and is reported missing', (name) => {
    const text = `Hello {{${name}}} and {{ ${name} }}.`;
    expect(() => fillTemplate(text, vars)).not.toThrow();
    expect(fillTemplate(text, vars)).toBe(`Hello [${name}] and [${name}].`);
    expect(fillTemplateReport(text, vars).missing).toEqual([name]);
  });

  it('uses the fallback for a prototype name', () => {
    expect(fillTemplate('Hi {{constructor|there}}', vars)).toBe('Hi there');
  });

  it('reads only own string values: inherited and non-string values count as missing', () => {
    const inherited = Object.create({ 'customer.name': 'Inherited' }) as Record<string, string>;
    inherited['order.id'] = 'A-1';
    const odd = { 'customer.name': 42 as unknown as string, 'agent.name': 'Ana' };
    expect(fillTemplateReport('{{customer.name}} {{order.id}}', inherited)).toEqual({ text: '[customer.name] A-1', missing: ['customer.name'] });
    expect(fillTemplateReport('{{customer.name}} {{agent.name}}', odd)).toEqual({ text: '[customer.name] Ana', missing: ['customer.name'] });
  });

  it('a map that itself has a __proto__ own key or null prototype still works', () => {
    const own = JSON.parse('{"__proto__": "x", "customer.name": "Li"}') as Record<string, string>;
    expect(fillTemplate('{{__proto__}} {{customer.name}}', own)).toBe('x Li');
    const bare = Object.assign(Object.create(null) as Record<string, string>, { 'ticket.id': '9' });
    expect(fillTemplate('#{{ticket.id}}', bare)).toBe('#9');
  });
});
