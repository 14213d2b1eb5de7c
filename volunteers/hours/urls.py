from django.urls import path

from . import views

app_name = "hours"

urlpatterns = [
    path("ny/", views.log_hours, name="log"),
    path("<int:pk>/endre/", views.edit_entry, name="edit"),
    path("<int:pk>/slett/", views.delete_entry, name="delete"),
    path("<int:pk>/kvittering/", views.receipt, name="receipt"),
    path("mote/ny/", views.add_meeting, name="add_meeting"),
    path("mote/<int:pk>/avlys/", views.cancel_meeting, name="cancel_meeting"),
    path("kalender/ny-adresse/", views.new_feed, name="new_feed"),
    path("kalender/<str:token>.ics", views.calendar_feed, name="feed"),
]
