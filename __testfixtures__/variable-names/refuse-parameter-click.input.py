import click


@click.command()
@click.option("--dest")
def deploy(dest):
    click.echo(dest)
