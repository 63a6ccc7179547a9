/** jsdom has no FontFaceSet; Mantine's autosize Textarea listens to it. */
if (!('fonts' in document))
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { addEventListener: () => {}, removeEventListener: () => {} },
  });
