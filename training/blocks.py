"""StreamField blocks of a training module: reading material, a situation to reflect on, and quiz questions."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.embeds.blocks import EmbedBlock

from .enums import QuestionKind

RICH_TEXT_FEATURES = ["h3", "bold", "italic", "link", "ol", "ul"]


class VideoBlock(blocks.StructBlock):
    """An embedded video. The text alternative is shown to everyone, so no one depends on the video."""

    video = EmbedBlock(label=_("Video address"), help_text=_("A YouTube or Vimeo address."))
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    text_alternative = blocks.TextBlock(
        label=_("Text alternative"),
        help_text=_("What the video says and shows, for those who cannot or will not watch it."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "training/blocks/video.html"


class SituationBlock(blocks.StructBlock):
    """A realistic scenario followed by questions the Tidgiver thinks through (not graded)."""

    title = blocks.CharBlock(label=_("Title"), max_length=150)
    scenario = blocks.TextBlock(label=_("Situation"))
    reflection_questions = blocks.ListBlock(
        blocks.CharBlock(label=_("Question"), max_length=300), label=_("Reflection questions"), min_num=1
    )

    class Meta:
        icon = "user"
        label = _("Situation")
        template = "training/blocks/situation.html"


class KeyPointsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    points = blocks.ListBlock(blocks.CharBlock(label=_("Point"), max_length=300), label=_("Points"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Key points")
        template = "training/blocks/key_points.html"


class AnswerChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Right answer"), required=False)

    class Meta:
        icon = "tick"
        label = _("Answer")


class QuizQuestionBlock(blocks.StructBlock):
    """A quiz question. Not rendered in the text: the module page collects every question into the quiz."""

    question = blocks.TextBlock(label=_("Question"))
    kind = blocks.ChoiceBlock(label=_("Kind"), choices=QuestionKind.choices, default=QuestionKind.SINGLE)
    choices = blocks.ListBlock(AnswerChoiceBlock(), label=_("Answers"), min_num=2)
    explanation = blocks.TextBlock(label=_("Explanation"), help_text=_("Shown after the quiz is submitted."))

    class Meta:
        icon = "help"
        label = _("Quiz question")

    def clean(self, value):
        value = super().clean(value)
        right = sum(1 for choice in value["choices"] if choice["correct"])
        if value["kind"] == QuestionKind.SINGLE and right != 1:
            message = _("Mark exactly one answer as right.")
        elif value["kind"] == QuestionKind.MULTIPLE and right < 1:
            message = _("Mark at least one answer as right.")
        else:
            return value
        raise StructBlockValidationError(block_errors={"choices": ValidationError(message)})


QUESTION_BLOCK = "question"


class ModuleBodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=150, template="training/blocks/heading.html")
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)
    video = VideoBlock()
    situation = SituationBlock()
    key_points = KeyPointsBlock()
    question = QuizQuestionBlock()
