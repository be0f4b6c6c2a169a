import json


class SettingsError(Exception):
    pass


def load_settings(path, defaults):
    with open(path) as stream:
        try:
            return json.load(stream)
        except json.JSONDecodeError as error:
            raise SettingsError(
                "cannot read %s" % path, defaults, error.pos
            ) from error


def load_profile(path):
    with open(path) as stream:
        try:
            return json.load(stream)
        except json.JSONDecodeError as error:
            raise SettingsError(
                "the profile in %s is not valid JSON" % path, error.lineno
            ) from error


class Theme:
    def load(self, path):
        try:
            return self.parse(path)
        except json.JSONDecodeError as error:
            raise self.settings_error_for_the_current_profile_and_theme_files
