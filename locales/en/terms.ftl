### English catalogue: the terms the other files refer to.
### Each message is an id, its text (`{ $name }` for an argument) and, for steps, a `.rule`.
### The English text may be reworded freely: scripts select by id, and the other languages
### have their own text.

-gdpr = GDPR
