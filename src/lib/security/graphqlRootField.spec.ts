import { graphqlRootField } from './graphqlRootField'

describe('graphqlRootField', () => {
  it('should name the field behind an alias, with a literal id', () => {
    expect(
      graphqlRootField({ query: '{ peek: Building(id: 12) { id } }', responseKey: 'peek' }),
    ).toEqual({ id: 12, name: 'Building' })
  })

  it('should read the id from the variables, in the named operation', () => {
    expect(
      graphqlRootField({
        operationName: 'Two',
        query:
          'query One { Building(id: 1) { id } } mutation Two($id: Int!) { updateBuilding(id: $id, data: {}) { id } }',
        responseKey: 'updateBuilding',
        variables: { id: 7 },
      }),
    ).toEqual({ id: 7, name: 'updateBuilding' })
  })

  it('should give no id for a field without one, and null for what it cannot read', () => {
    expect(
      graphqlRootField({ query: '{ Buildings { docs { id } } }', responseKey: 'Buildings' }),
    ).toEqual({ id: undefined, name: 'Buildings' })
    expect(graphqlRootField({ query: '{ Building(id: 1) { id } }', responseKey: 'Other' })).toBe(
      null,
    )
    expect(graphqlRootField({ query: '{ broken', responseKey: 'Building' })).toBe(null)
    expect(graphqlRootField({ query: undefined, responseKey: 'Building' })).toBe(null)
    expect(graphqlRootField({ query: '{ a }', responseKey: 0 })).toBe(null)
  })
})
