import { createTheme } from '@mantine/core';

const CJK_SANS = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC"';

/** Calm and legible at arm's length: teal accents, generous text, rounded controls. */
export const theme = createTheme({
  primaryColor: 'teal',
  defaultRadius: 'md',
  fontFamily: `-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, ${CJK_SANS}, sans-serif`,
  headings: {
    fontFamily: `-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, ${CJK_SANS}, sans-serif`,
  },
  fontSizes: { xs: '13px', sm: '15px', md: '16px', lg: '18px', xl: '21px' },
});
