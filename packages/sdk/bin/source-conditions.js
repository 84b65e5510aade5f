// Module resolve hook: resolve workspace packages to their TypeScript source (the `@compound/source`
// export condition), so the CLI runs in the workspace without a build step.
export async function resolve(specifier, context, nextResolve) {
  return nextResolve(specifier, { ...context, conditions: [...context.conditions, '@compound/source'] });
}
