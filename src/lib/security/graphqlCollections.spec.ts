import { graphqlCollectionFields } from './graphqlCollections'

describe('graphqlCollectionFields', () => {
  it('should map the by-id and list fields of each collection to its slug, as Payload names them', () => {
    const fields = graphqlCollectionFields([
      { slug: 'buildings' },
      { slug: 'expense-categories' },
      { graphQL: { singularName: 'PromiseToPay' }, slug: 'promises-to-pay' },
      { graphQL: false, slug: 'hidden' },
    ])
    expect(fields.get('Building')).toBe('buildings')
    expect(fields.get('Buildings')).toBe('buildings')
    expect(fields.get('updateBuilding')).toBe('buildings')
    expect(fields.get('deleteExpenseCategory')).toBe('expense-categories')
    expect(fields.get('PromiseToPay')).toBe('promises-to-pay')
    expect([...fields.values()]).not.toContain('hidden')
  })
})
