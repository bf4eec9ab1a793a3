"""The ``ig`` command's click application (imported only when click and rich are installed)."""

from __future__ import annotations

import click

import ig_sdk


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(ig_sdk.__version__, "-V", "--version", prog_name="ig")
def cli() -> None:
    """IG Markets from a terminal."""


def run(argv: list[str]) -> int:
    """Run the application; click's exit codes are returned, not raised."""
    try:
        cli.main(args=argv, prog_name="ig", standalone_mode=False)
    except click.exceptions.Exit as done:
        return done.exit_code
    except click.ClickException as error:
        error.show()
        return error.exit_code
    except click.Abort:
        click.echo("Aborted.", err=True)
        return 1
    return 0
