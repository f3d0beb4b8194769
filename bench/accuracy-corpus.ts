// The accuracy section's corpus (bench/accuracy.ts): credential-bearing files in 50 formats, each with a generated
// real-looking value ($V) and quiet twins (the same file with a template, an environment lookup, an encrypted
// form, a placeholder, a mask or a documentation value in its place). Values come from the example generator at
// run time: nothing realistic is committed.

/** One format: a path, its text with `$V` where the value goes, the value's template, what it should be found as. */
export interface Format {
  readonly name: string;
  readonly path: string;
  readonly text: string;
  /** Placeholder template of the value (src/rulecheck/examples.ts syntax). */
  readonly value: string;
  /**
   * Quiet twins: `$V` replaced by each of these. Default: QUIET. `false`: the file is a finding by its name alone
   * (a .pgpass, a shadow file), whatever it holds.
   */
  readonly quiet?: readonly string[] | false;
}

const WEAK = '{word}{digits:4}';
/** What people write where a credential is not: templates, lookups, encrypted forms, placeholders, masks. */
export const QUIET: readonly string[] = [
  '${DB_PASSWORD}',
  '{{ .Values.db.password }}',
  '%(db_password)s',
  '<password>',
  '$(cat /run/secrets/db)',
  'ENC[AES256_GCM,data:bm90IHJlYWw=,iv:aXY=,tag:dGFn,type:str]',
  'changeme',
  'your-password-here',
  '********',
  'xxxxxxxxxxxx',
  '',
];
/** Quiet twins of code formats: the value read from the environment instead of written down. */
const CODE_QUIET: readonly string[] = [...QUIET];

export const FORMATS: readonly Format[] = [
  { name: 'JSON (SFTP client sites)', path: 'sftp/sites.json', text: '{\n  "host": "files.acme.test",\n  "user": "deploy",\n  "password": "$V"\n}\n', value: WEAK },
  { name: 'JSON, minified', path: 'config/client.json', text: '{"endpoint":"https://api.acme.test","apiKey":"$V","retries":3}', value: '{random:32}' },
  { name: 'YAML, quoted', path: 'config/app.yml', text: 'db:\n  host: db\n  password: "$V"\n', value: WEAK },
  { name: 'YAML, unquoted (Spring)', path: 'src/main/resources/application.yml', text: 'spring:\n  datasource:\n    username: app\n    password: $V\n', value: WEAK },
  { name: 'docker-compose environment', path: 'docker-compose.yml', text: 'services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_PASSWORD=$V\n', value: WEAK },
  { name: 'XML element (FTP site manager)', path: 'backup/sites.xml', text: '<Servers>\n  <Server>\n    <Host>files.acme.test</Host>\n    <Pass>$V</Pass>\n  </Server>\n</Servers>\n', value: WEAK },
  { name: 'XML appSettings', path: 'web.config', text: '<configuration>\n  <appSettings>\n    <add key="SmtpPassword" value="$V" />\n  </appSettings>\n</configuration>\n', value: WEAK },
  { name: 'Maven settings.xml', path: 'ci/settings.xml', text: '<settings>\n  <servers>\n    <server>\n      <id>releases</id>\n      <password>$V</password>\n    </server>\n  </servers>\n</settings>\n', value: '{random:24}' },
  { name: 'INI', path: 'conf/app.ini', text: '[smtp]\nhost = smtp.acme.test\npassword = $V\n', value: WEAK },
  { name: 'Java properties', path: 'conf/application.properties', text: 'spring.datasource.url=jdbc:h2:mem:app\nspring.datasource.password=$V\n', value: '{random:20}' },
  { name: 'TOML', path: 'config/app.toml', text: '[database]\nuser = "app"\npassword = "$V"\n', value: WEAK },
  { name: '.env', path: '.env', text: 'NODE_ENV=production\nDB_PASSWORD=$V\n', value: WEAK },
  { name: 'shell profile export', path: 'home/.bashrc', text: "export PATH=$HOME/bin:$PATH\nexport DB_PASS='$V'\n", value: WEAK },
  { name: 'shell profile, cloud secret key', path: 'home/.zshrc', text: 'export AWS_SECRET_ACCESS_KEY=$V\n', value: '{random:40}' },
  { name: 'Windows set', path: 'deploy/run.cmd', text: '@echo off\nset DB_PASSWORD=$V\n', value: WEAK },
  { name: 'Windows setx', path: 'deploy/setup.bat', text: 'setx SMTP_PASS $V\n', value: WEAK },
  { name: 'PowerShell', path: 'deploy/run.ps1', text: '$env:DB_PASSWORD = "$V"\n', value: WEAK },
  { name: 'PHP define (WordPress)', path: 'wp-config.php', text: "<?php\ndefine('DB_NAME', 'wp');\ndefine('DB_PASSWORD', '$V');\n", value: WEAK },
  { name: 'PHP array (Laravel)', path: 'config/database.php', text: "<?php\nreturn ['mysql' => ['username' => 'app', 'password' => '$V']];\n", value: WEAK },
  { name: 'WordPress salt', path: 'site/wp-config.php', text: "<?php\ndefine('SECURE_AUTH_KEY', '$V');\n", value: '{random:48}' },
  { name: 'Laravel APP_KEY', path: 'app/.env', text: 'APP_NAME=app\nAPP_KEY=base64:$V\n', value: '{base64:44}' },
  { name: 'Django DATABASES', path: 'app/settings.py', text: "DATABASES = {\n    'default': {'ENGINE': 'django.db.backends.postgresql', 'PASSWORD': '$V'},\n}\n", value: WEAK, quiet: CODE_QUIET },
  { name: 'Django SECRET_KEY', path: 'site/settings.py', text: "SECRET_KEY = '$V'\n", value: '{random:50}' },
  { name: 'Python keyword argument', path: 'etl/load.py', text: 'conn = psycopg2.connect(host="db", user="etl", password="$V")\n', value: WEAK },
  { name: 'Ruby hash', path: 'config/mailer.rb', text: 'config.smtp_settings = { user_name: "app", :password => "$V" }\n', value: WEAK },
  { name: 'Rails secret_key_base', path: 'config/secrets.yml', text: 'production:\n  secret_key_base: $V\n', value: '{hex:128}' },
  { name: 'JavaScript object', path: 'src/client.js', text: "const client = new Client({ authToken: '$V' });\n", value: '{random:32}' },
  { name: 'TypeScript field', path: 'src/api.ts', text: 'export class Api {\n  private readonly apiSecret = "$V";\n}\n', value: '{random:32}' },
  { name: 'Go struct literal', path: 'cmd/db.go', text: 'cfg := Config{User: "app", Password: "$V"}\n', value: WEAK },
  { name: 'Java setter', path: 'src/main/java/Db.java', text: 'ds.setUser("app");\nds.setPassword("$V");\n', value: WEAK },
  { name: 'Kotlin', path: 'src/main/kotlin/Db.kt', text: 'val dbPassword = "$V"\n', value: WEAK },
  { name: 'C#', path: 'src/Auth.cs', text: 'options.ClientSecret = "$V";\n', value: '{random:32}' },
  { name: 'ADO.NET connection string', path: 'appsettings.json', text: '{\n  "ConnectionStrings": {\n    "Default": "Server=db;Database=app;User Id=sa;Password=$V;"\n  }\n}\n', value: WEAK },
  { name: 'JDBC URL', path: 'conf/db.properties', text: 'url=jdbc:postgresql://db:5432/app?user=app&password=$V\n', value: WEAK },
  { name: 'ODBC connection string', path: 'etl/odbc.py', text: 'cs = "Driver={ODBC Driver 18};Server=db;Uid=sa;Pwd={$V};"\n', value: WEAK },
  { name: 'libpq keyword/value DSN', path: 'etl/dsn.py', text: 'dsn = "host=db user=app password=$V dbname=app"\n', value: WEAK },
  { name: 'PostgreSQL URL', path: 'config/db.yml', text: 'url: postgres://app:$V@db.acme.internal:5432/app\n', value: '{random:20}' },
  { name: 'SMTP URL', path: 'config/mail.yml', text: 'mail_url: "smtp://mailer:$V@smtp.acme.net:587"\n', value: WEAK },
  { name: 'SQL', path: 'db/init.sql', text: "CREATE USER app WITH LOGIN;\nALTER USER app IDENTIFIED BY '$V';\n", value: WEAK },
  { name: '.netrc', path: 'home/.netrc', text: 'machine git.acme.net login ci password $V\n', value: WEAK },
  { name: '.git-credentials', path: 'home/.git-credentials', text: 'https://bob:$V@git.acme.net\n', value: 'p@ss!{digits:4}#' },
  { name: '.pgpass', path: 'home/.pgpass', text: 'db.acme.internal:5432:app:app:$V\n', value: WEAK, quiet: false },
  { name: 'shadow', path: 'rootfs/etc/shadow', text: 'root:$V:19700:0:99999:7:::\n', value: '$6${alnum:8}${alnum:86}', quiet: false },
  { name: 'kubeconfig token', path: 'clusters/prod.kubeconfig', text: 'users:\n- name: deployer\n  user:\n    token: $V\n', value: '{random:40}' },
  { name: 'Docker auths (any file name)', path: 'registry/auth.json', text: '{"auths":{"registry.acme.test":{"auth":"$V"}}}\n', value: '{b64:deploy:{word}{digits:4}}' },
  { name: '.npmrc', path: '.npmrc', text: '//npm.acme.net/:_authToken=$V\n', value: '{random:36}' },
  { name: '.pypirc', path: '.pypirc', text: '[acme]\nrepository = https://pypi.acme.net\nusername = ci\npassword = $V\n', value: WEAK },
  { name: 'Terraform tfvars', path: 'env/prod.tfvars', text: 'region      = "eu-west-1"\ndb_password = "$V"\n', value: WEAK },
  { name: 'Kubernetes Secret', path: 'k8s/secret.yaml', text: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: $V\n', value: '{random:24}' },
  { name: 'mail client rc', path: 'home/.config/mail.rc', text: 'set smtp_pass = "$V"\n', value: WEAK },
  { name: 'provider token in code', path: 'scripts/release.py', text: 'GITHUB_TOKEN = "$V"\n', value: 'ghp_{crc32:30}' },
  { name: 'FileZilla by name', path: 'backup/FileZilla/sitemanager.xml', text: '<FileZilla3><Servers><Server><Pass encoding="base64">$V</Pass></Server></Servers></FileZilla3>\n', value: '{b64:{word}{digits:4}}', quiet: false },
];
