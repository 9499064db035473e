# Modo equipe: vários postos compartilham o banco de dados PostgreSQL da loja.

error-team-unreachable = Não foi possível acessar o banco de dados da equipe ({ $detail }). O Giftdesk mostra o que leu por último e não faz nenhuma compra até o banco de dados voltar; verifique o servidor e a rede deste computador.
team-bulk-not-shared = As importações em lote ainda não são compartilhadas com a equipe: importe este arquivo em um posto que não faça parte de nenhuma equipe ou compre as linhas dele uma a uma.
team-database-url-invalid = O Giftdesk não consegue usar este endereço de banco de dados ({ $detail }). Informe-o no formato postgres://user:password@host:5432/database.
team-config-damaged = O arquivo da equipe (team.json) está danificado ({ $detail }). Execute "giftdesk team leave" e entre na equipe novamente.
team-key-missing = Este posto não tem a chave da equipe no chaveiro. Peça um código de convite a um posto da equipe, saia da equipe ("giftdesk team leave") e entre nela novamente.
team-join-code-invalid = Esse código de convite não foi gerado pelo Giftdesk: ele tem o formato 3f9a1c0b7e- seguido de 32 letras e dígitos. Copie-o novamente do posto que o exibiu.
team-join-code-unknown = Esse código de convite já foi usado, expirou ou pertence a outra equipe. Peça um novo a um posto da equipe ("giftdesk team invite").
team-exists = Este banco de dados já contém uma equipe ({ $team }). Entre nela com um código de convite de um dos postos dela ("giftdesk team join").
team-already-in = Este posto já faz parte de uma equipe ({ $team }). Saia dela primeiro ("giftdesk team leave").
team-not-in-team = Este posto não faz parte de nenhuma equipe. Crie uma ("giftdesk team create") ou entre em uma ("giftdesk team join").
cli-prompt-join-code = Código de convite (exibido em um posto da equipe):
cli-team-invite = Código de convite para o próximo posto, válido por { $minutes } minutos e uma única vez: { $code }
cli-team-left = Este posto saiu da equipe: a chave da equipe foi removida deste computador, e ele volta a trabalhar com os próprios dados.
cli-team-alone = Este posto trabalha sozinho, com os próprios dados.
cli-team-status = Equipe { $team }, este posto se chama "{ $desk }", banco de dados { $database }.
cli-team-member = { $marker } { $name } (última atividade: { $seen })
team-backup-on-server = Os dados deste posto são os da equipe, no banco de dados da loja: faça o backup desse banco no servidor dele (pg_dump ou os backups do provedor). Um arquivo de backup aqui guarda só os próprios dados de um posto, não os da equipe.
