import { useTranslation } from 'react-i18next';

import {
  aboutHref,
  consoleHref,
  explainHref,
  guideHref,
  joinStartHref,
  printHref,
  soloHref,
} from '../../ui/view-links';

/** The first screen: what do you want to do? Two clicks from here to a first card. */
export function HomeView() {
  const { t } = useTranslation('help');
  const choices = [
    { href: soloHref, title: t('home.solo.title'), text: t('home.solo.text') },
    { href: consoleHref, title: t('home.lead.title'), text: t('home.lead.text') },
    { href: joinStartHref, title: t('home.join.title'), text: t('home.join.text') },
  ];
  return (
    <main id="main" className="home" tabIndex={-1}>
      <h1>{t('home.title')}</h1>
      <p className="home__intro">{t('home.intro')}</p>
      <ul className="home__choices">
        {choices.map((choice) => (
          <li key={choice.href}>
            <a className="home__choice" href={choice.href}>
              <span className="home__choice-title">{choice.title}</span>
              <span className="home__choice-text">{choice.text}</span>
            </a>
          </li>
        ))}
      </ul>
      <ul className="home__more">
        <li>
          <a href={explainHref}>{t('home.explain')}</a>
        </li>
        <li>
          <a href={guideHref}>{t('home.guide')}</a>
        </li>
        <li>
          <a href={printHref}>{t('home.print')}</a>
        </li>
        <li>
          <a href={aboutHref}>{t('home.about')}</a>
        </li>
      </ul>
      <p className="hint">{t('home.privacy')}</p>
    </main>
  );
}
