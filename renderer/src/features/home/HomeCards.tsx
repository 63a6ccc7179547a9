import { Alert, Card, Group, SimpleGrid, Text, ThemeIcon } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { useEffect } from 'react';
import type { Role } from '../../../../shared/domain/roles';
import { useT } from '../../app/i18n';
import { canSee, NAV_ITEMS } from '../../app/nav';
import type { Route } from '../../app/route';
import type { Module } from '../../../../shared/domain/modules';
import { useModules } from '../settings/store';
import { homeItems } from './homeItems';
import { useHomeStore } from './store';

/** A figure links to its screen only where the role has that screen (main refuses it anyway). */
function reachable(route: Route, role: Role, modules: readonly Module[]): boolean {
  const item = NAV_ITEMS.find((i) => i.route === route);
  return !item || canSee(item, role, modules);
}

/** The role's figures for today, each card opening the screen where it is dealt with. */
export function HomeCards({ role }: { role: Role }) {
  const t = useT();
  const summary = useHomeStore((s) => s.summary);
  const error = useHomeStore((s) => s.error);
  const modules = useModules();
  useEffect(() => {
    void useHomeStore.getState().load();
    return useHomeStore.getState().watch();
  }, []);
  if (error) return <Alert color="red">{t('home.loadFailed')}</Alert>;
  // A summary left from the previous person (switch user) is not shown for this one.
  if (!summary || summary.role !== role) return null;
  return (
    <section aria-label={t('home.today')}>
      <Text fw={600} mb="xs">
        {t('home.today')}
      </Text>
      <SimpleGrid cols={{ base: 2, md: 3 }} data-testid="home-cards">
        {homeItems(summary, t).map((item) => {
          const link = reachable(item.route, role, modules);
          return (
            <Card
              key={item.id}
              withBorder
              radius="lg"
              padding="md"
              data-testid={`home-item-${item.id}`}
              {...(link ? { component: 'a' as const, href: `#/${item.route}` } : {})}
              style={{
                textDecoration: 'none',
                color: 'inherit',
                borderColor: item.attention ? 'var(--mantine-color-orange-5)' : undefined,
              }}
            >
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Text fz={28} fw={700} lh={1.1} c={item.attention ? 'orange.8' : undefined}>
                  {item.value}
                </Text>
                {link && (
                  <ThemeIcon variant="subtle" color="gray" aria-hidden>
                    <IconChevronRight size={18} />
                  </ThemeIcon>
                )}
              </Group>
              <Text size="sm" c="dimmed" mt={4}>
                {t(item.label)}
              </Text>
              {item.detail && (
                <Text size="xs" c="dimmed" data-testid={`home-item-${item.id}-detail`}>
                  {item.detail}
                </Text>
              )}
            </Card>
          );
        })}
      </SimpleGrid>
    </section>
  );
}
